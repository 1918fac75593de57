/**
 * PutComponentPolicy: applies a resource policy that shares the component with other accounts (stored with
 * the component; it replaces any earlier policy). The policy must be a valid resource-based policy that
 * allows AWS account principals the component's Get and List actions on it (InvalidParameterValueException
 * otherwise); an unknown component is ResourceNotFoundException. Authorized as
 * imagebuilder:PutComponentPolicy on the component ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_PutComponentPolicy.html
 */
import { COMPONENT_POLICY, putPolicyOperation } from '../../common/policy-resource-operations.js';

export const putComponentPolicy = putPolicyOperation(COMPONENT_POLICY);
