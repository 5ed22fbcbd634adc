resource "aws_iam_role" "storage_admin" {
  name = "storage-admin"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "storage_admin" {
  role = aws_iam_role.storage_admin.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutBucketPolicy", "kms:PutKeyPolicy"]
      Resource = "*"
    }]
  })
}
