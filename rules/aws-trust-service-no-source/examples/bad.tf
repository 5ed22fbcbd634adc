# EventBridge Scheduler can be pointed at this role by a schedule in any AWS account.
resource "aws_iam_role" "scheduler" {
  name = "nightly-report-scheduler"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "scheduler.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}
