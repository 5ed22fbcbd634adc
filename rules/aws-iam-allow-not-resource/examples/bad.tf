resource "aws_iam_role" "cleanup" {
  name = "bucket-cleanup"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

resource "aws_iam_role_policy" "cleanup" {
  name = "cleanup"
  role = aws_iam_role.cleanup.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect      = "Allow"
      Action      = "s3:DeleteObject"
      NotResource = "arn:aws:s3:::example-audit-logs/*"
    }]
  })
}
