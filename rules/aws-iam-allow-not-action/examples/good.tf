resource "aws_iam_policy" "developers" {
  name = "developers"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["lambda:UpdateFunctionCode", "lambda:GetFunction"]
        Resource = "arn:aws:lambda:eu-west-1:123456789012:function:orders-*"
      },
      {
        Effect    = "Deny"
        NotAction = ["iam:Get*", "iam:List*"]
        Resource  = "*"
      },
    ]
  })
}
