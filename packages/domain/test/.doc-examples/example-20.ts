import { Schema } from "effect"
import { Text } from "/work/main/packages/domain/src/index.ts"

Schema.decodeUnknownSync(Text.LocalizedText)({ fr: "Visites d'entreprises", en: "Company visits" })
