resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_group" "auditors" {
  name = "auditors"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.auditors.name]
}

resource "aws_iam_group_policy_attachment" "auditors_read" {
  group      = aws_iam_group.auditors.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
