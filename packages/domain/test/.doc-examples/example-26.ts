import { Schema } from "effect"
import { PersonalData } from "/work/main/packages/domain/src/index.ts"

__check(
  Schema.is(PersonalData.ParticipantRef)("p-7f3a9c2e"),
  true,
  'Schema.is(PersonalData.ParticipantRef)("p-7f3a9c2e")     // true'
)
Schema.is(PersonalData.ParticipantRef)("0612345678") // false: digits only
__check(
  Schema.is(PersonalData.ParticipantRef)("jeanne@ex.fr"),
  false,
  'Schema.is(PersonalData.ParticipantRef)("jeanne@ex.fr")  // false'
)
