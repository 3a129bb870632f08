// Reward pictures are checked by their first bytes, not by the file name or the type the
// browser claims: a renamed HTML or SVG file must never be stored and served as an image.
export const MAX_REWARD_IMAGE_BYTES = 1_000_000;

export type RewardImageType = "image/png" | "image/jpeg" | "image/webp";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

/** The image type the bytes really are, or null for anything else. */
export function sniffImageType(bytes: Uint8Array): RewardImageType | null {
  if (startsWith(bytes, PNG)) return "image/png";
  // JPEG: SOI marker followed by the start of another marker.
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  // WebP: a RIFF container whose form type is WEBP.
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}

/** `key`: the message in the admin catalogs (messages/<locale>/adminRewards.json). */
export type ImageCheck = { ok: true; contentType: RewardImageType } | { ok: false; message: string; key: string };

export function checkRewardImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length === 0) return { ok: false, message: "The image file is empty.", key: "adminRewards.errors.imageEmpty" };
  if (bytes.length > MAX_REWARD_IMAGE_BYTES) return { ok: false, message: "The image is larger than 1 MB. Please choose a smaller picture.", key: "adminRewards.errors.imageTooBig" };
  const contentType = sniffImageType(bytes);
  if (!contentType) return { ok: false, message: "The image must be a PNG, JPEG or WebP picture.", key: "adminRewards.errors.imageType" };
  return { ok: true, contentType };
}

/** Where the app serves a stored reward image (app/media/rewards/[id]/route.ts). */
export function rewardImageUrl(imageId: string): string {
  return `/media/rewards/${imageId}`;
}

/** The RewardImage id behind a reward's imageUrl, when it is one of ours. */
export function rewardImageIdFromUrl(url: string | null): string | null {
  const match = url ? /^\/media\/rewards\/([A-Za-z0-9_-]+)$/.exec(url) : null;
  return match?.[1] ?? null;
}
