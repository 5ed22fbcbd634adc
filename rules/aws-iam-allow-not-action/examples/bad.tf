resource "aws_iam_policy" "developers" {
  name = "developers"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      NotAction = ["iam:CreateUser", "iam:DeleteUser", "organizations:*"]
      Resource  = "*"
    }]
  })
}
