resource "aws_lambda_function" "handler" {
  function_name = "orders-api-handler"
  role          = "arn:aws:iam::123456789012:role/orders-api-handler"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "handler.zip"
}

resource "aws_lambda_permission" "api" {
  statement_id  = "AllowApiGateway"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.handler.function_name
  principal     = "apigateway.amazonaws.com"
}
