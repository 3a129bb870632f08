// A member card's QR token in an API request: verified and consumed (it works once), then
// mapped to the member it names. Another business's card is "not found", like its ids.
import "server-only";
import { redeemCardToken } from "@/lib/loyalty/card-token";
import { LoyaltyError } from "@/lib/loyalty/errors";
import { ApiError } from "./errors";

export async function memberIdFromCardToken(token: string, businessId: string): Promise<string> {
  const redeemed = await redeemCardToken(token, businessId);
  if (redeemed.ok) return redeemed.memberId;
  switch (redeemed.reason) {
    case "other_business":
      throw new LoyaltyError("member_not_found");
    case "expired":
      throw new ApiError("card_token_expired");
    case "replayed":
      throw new ApiError("card_token_replayed");
    default:
      throw new ApiError("card_token_invalid");
  }
}
