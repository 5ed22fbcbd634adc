resource "aws_iam_role" "deploy" {
  name = "deploy"
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
  name = "deploy-site"
  role = aws_iam_role.deploy.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutObject", "s3:DeleteObject"]
      Resource = "arn:aws:s3:::example-site/*"
    }]
  })
}

resource "aws_iam_group" "oncall" {
  name = "oncall"
}

resource "aws_iam_group_policy_attachment" "oncall_read" {
  group      = aws_iam_group.oncall.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
