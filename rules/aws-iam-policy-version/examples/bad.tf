# Without a Version, IAM reads the policy with the 2008-10-17 language: `${aws:username}` stays literal text,
# so no user can read their own home folder.
resource "aws_iam_policy" "home_folders" {
  name = "home-folders"
  policy = jsonencode({
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = ["arn:aws:s3:::example-home/$${aws:username}/*"]
    }]
  })
}
