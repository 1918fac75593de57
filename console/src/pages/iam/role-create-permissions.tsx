/**
 * Create role, step 3: "Add permissions": managed policies (AWS and customer) to attach, and optionally a
 * permissions boundary. https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 */
import { PolicyPicker } from './policy-picker.js';

export function PermissionsStep(props: {
  policies: readonly string[];
  onPolicies: (arns: string[]) => void;
  useBoundary: boolean;
  onUseBoundary: (on: boolean) => void;
  boundary: readonly string[];
  onBoundary: (arns: string[]) => void;
}) {
  return (
    <div>
      <h3>Permissions policies</h3>
      <PolicyPicker name="permissions-policy" selected={props.policies} onChange={props.onPolicies} />
      <h3>Set permissions boundary - optional</h3>
      <label class="iam-radio">
        <input
          type="checkbox"
          name="useBoundary"
          checked={props.useBoundary}
          onChange={(e) => props.onUseBoundary(e.currentTarget.checked)}
        />
        Use a permissions boundary to control the maximum role permissions
      </label>
      {props.useBoundary && (
        <PolicyPicker name="boundary-policy" single selected={props.boundary} onChange={props.onBoundary} />
      )}
    </div>
  );
}
