import { itemKey } from "@/lib/account/item-resolver";
import { getCurrentUser } from "@/lib/auth";
import { can } from "@/lib/auth/permissions";
import type { SearchKind } from "@/lib/search/types";
import { getSavedKeys } from "./saved-keys";
import type { SaveVariant } from "./save-styles";
import { SaveToggle } from "./save-toggle";
import { SignInToSave } from "./sign-in-to-save";

type SaveButtonProps = {
  kind: SearchKind;
  itemId: string;
  /** Plain title, for the button's accessible name. */
  title: string;
  /** "card" is an icon (with its word from tablet width), "compact" always an icon, "page" a full button. */
  variant?: SaveVariant;
};

/**
 * One-click save of an item, on result cards and detail pages. Signed-in users get a toggle
 * showing whether the item is saved; anonymous visitors a link to sign in and come back.
 */
export async function SaveButton({ kind, itemId, title, variant = "card" }: SaveButtonProps) {
  const user = await getCurrentUser();
  if (!user) return <SignInToSave kind={kind} itemId={itemId} title={title} variant={variant} />;
  if (!can(user, "account:use")) return null;
  const keys = await getSavedKeys(user.id);
  if (!keys) return null;
  const saved = keys.has(itemKey(kind, itemId));
  // Re-keyed on the saved state, so a fresh render from the server resets the toggle's own state.
  return <SaveToggle key={String(saved)} kind={kind} itemId={itemId} title={title} saved={saved} variant={variant} />;
}
