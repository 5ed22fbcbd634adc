resource "aws_iam_policy" "home_folders" {
  name = "home-folders"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:PutObject"]
      Resource = ["arn:aws:s3:::example-home/$${aws:username}/*"]
    }]
  })
}

# aws_iam_policy_document always renders Version 2012-10-17.
data "aws_iam_policy_document" "team_folders" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example-teams/$${aws:PrincipalTag/team}/*"]
  }
}

resource "aws_iam_policy" "team_folders" {
  name   = "team-folders"
  policy = data.aws_iam_policy_document.team_folders.json
}
