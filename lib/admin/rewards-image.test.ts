import { describe, expect, it } from "vitest";
import { checkRewardImage, MAX_REWARD_IMAGE_BYTES, rewardImageIdFromUrl, rewardImageUrl, sniffImageType } from "./rewards-image";

const bytes = (...parts: (number[] | string)[]) => Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? Array.from(part, (c) => c.charCodeAt(0)) : part)));

describe("reward image checks", () => {
  it("knows PNG, JPEG and WebP by their first bytes", () => {
    expect(sniffImageType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image/png");
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(sniffImageType(bytes("RIFF", [0x10, 0, 0, 0], "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses everything else, whatever it is called", () => {
    for (const other of [bytes("GIF89a"), bytes("<svg xmlns='http://www.w3.org/2000/svg'>"), bytes("<html>"), bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "), bytes([0x89], "PNX")]) {
      expect(sniffImageType(other)).toBeNull();
      expect(checkRewardImage(other)).toEqual({ ok: false, message: "The image must be a PNG, JPEG or WebP picture.", key: "adminRewards.errors.imageType" });
    }
  });

  it("allows up to 1 MB", () => {
    const atLimit = new Uint8Array(MAX_REWARD_IMAGE_BYTES);
    atLimit.set([0xff, 0xd8, 0xff]);
    expect(checkRewardImage(atLimit)).toEqual({ ok: true, contentType: "image/jpeg" });
    const over = new Uint8Array(MAX_REWARD_IMAGE_BYTES + 1);
    over.set([0xff, 0xd8, 0xff]);
    expect(checkRewardImage(over)).toMatchObject({ ok: false, message: expect.stringMatching(/larger than 1 MB/) });
    expect(checkRewardImage(new Uint8Array(0))).toMatchObject({ ok: false });
  });

  it("maps stored images to URLs and back, ignoring foreign URLs", () => {
    expect(rewardImageIdFromUrl(rewardImageUrl("cm123abc"))).toBe("cm123abc");
    expect(rewardImageIdFromUrl("https://example.com/a.png")).toBeNull();
    expect(rewardImageIdFromUrl("/media/rewards/../secrets")).toBeNull();
    expect(rewardImageIdFromUrl(null)).toBeNull();
  });
});
