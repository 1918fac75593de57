/**
 * The Query-protocol services ibiam speaks: API version and XML namespace, from the service models
 * (botocore iam/2010-05-08 and sts/2011-06-15 `metadata`).
 * https://docs.aws.amazon.com/IAM/latest/APIReference/CommonParameters.html
 * https://docs.aws.amazon.com/STS/latest/APIReference/CommonParameters.html
 */
export const IAM_VERSION = '2010-05-08';
export const IAM_NAMESPACE = 'https://iam.amazonaws.com/doc/2010-05-08/';
export const STS_VERSION = '2011-06-15';
export const STS_NAMESPACE = 'https://sts.amazonaws.com/doc/2011-06-15/';
