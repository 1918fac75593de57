/**
 * GetComponentPolicy: the resource policy of a component; ResourceNotFoundException when the component is
 * unknown or has no policy. Authorized as imagebuilder:GetComponentPolicy on the component ARN.
 * https://docs.aws.amazon.com/imagebuilder/latest/APIReference/API_GetComponentPolicy.html
 */
import { COMPONENT_POLICY, getPolicyOperation } from '../../common/policy-resource-operations.js';

export const getComponentPolicy = getPolicyOperation(COMPONENT_POLICY);
