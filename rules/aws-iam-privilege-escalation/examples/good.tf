resource "aws_iam_role" "ci" {
  name = "ci-deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "codebuild.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "ci_functions" {
  name = "deploy-functions"
  role = aws_iam_role.ci.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["lambda:CreateFunction", "lambda:InvokeFunction"]
      Resource = "arn:aws:lambda:eu-west-1:123456789012:function:orders-*"
    }]
  })
}

resource "aws_iam_role_policy" "ci_pass_role" {
  name = "pass-roles"
  role = aws_iam_role.ci.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:PassRole"
      Resource = "arn:aws:iam::123456789012:role/orders-function"
      Condition = {
        StringEquals = { "iam:PassedToService" = "lambda.amazonaws.com" }
      }
    }]
  })
}
