variable "extra_actions" {
  description = "More actions for the deploy role, set per environment."
  type        = list(string)
  default     = ["s3:DeleteObject"]
}

resource "aws_iam_role" "deploy" {
  name = "site-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "codebuild.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "deploy" {
  name = "site-deploy"
  role = aws_iam_role.deploy.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = concat(["s3:PutObject"], var.extra_actions)
      Resource = "arn:aws:s3:::example-site/*"
    }]
  })
}
