data "aws_iam_policy_document" "vendor_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}

resource "aws_iam_role" "vendor_monitoring" {
  name               = "vendor-monitoring"
  assume_role_policy = data.aws_iam_policy_document.vendor_trust.json
}
