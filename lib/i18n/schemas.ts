// Input of the language menu; importable by client components.
import { z } from "zod";
import { locales } from "./locales";

export const chooseLanguageSchema = z.object({ locale: z.enum(locales) });
export type ChooseLanguageInput = z.input<typeof chooseLanguageSchema>;
