// The pieces of personal-data protection the record schemas are built with (the public module,
// ../records/PersonalData.ts, re-exports them and adds what needs every record kind).
import * as Schema from "effect/Schema"
import * as Codes from "../Codes.js"
import { annotationsOf, pattern } from "./rule.js"

/** Marks a struct field as holding personal data: its value is never shown (a5#1). */
export const personal = <S extends Schema.Top>(field: S): S["Rebuild"] => field.annotateKey({ personal: true })

/**
 * Field names that carry a direct identifier (names, contact details, social-security number,
 * postal address), as records and common French exports spell them. Every record kind declares
 * them as fields that admit no value, so that the exported JSON Schema names them too.
 */
export const directIdentifierFields = [
  "name",
  "fullName",
  "firstName",
  "lastName",
  "birthName",
  "surname",
  "givenName",
  "nom",
  "prenom",
  "prénom",
  "prenoms",
  "nomNaissance",
  "nomDeNaissance",
  "nom_de_naissance",
  "nomUsage",
  "nom_usage",
  "email",
  "mail",
  "courriel",
  "adresseMail",
  "adresse_mail",
  "phone",
  "phoneNumber",
  "mobile",
  "telephone",
  "téléphone",
  "tel",
  "telPortable",
  "tel_portable",
  "portable",
  "nir",
  "ssn",
  "socialSecurityNumber",
  "numeroSecuriteSociale",
  "numero_securite_sociale",
  "numeroSecu",
  "numero_secu",
  "address",
  "adresse",
  "postalAddress",
  "adressePostale"
] as const

// Headers as spreadsheets write them ("Nom de naissance", "TÉL. PORTABLE", "e-mail"): compared
// without case, accents, spaces or punctuation.
const squeeze = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, "")

const directIdentifierNames: ReadonlySet<string> = new Set([
  ...directIdentifierFields.map(squeeze),
  "nomdefamille",
  "nomjeunefille",
  "nomcomplet",
  "nomprenom",
  "prenomnom",
  "prenomusuel",
  "middlename",
  "emailaddress",
  "adresseemail",
  "adresseelectronique",
  "mel",
  "telephoneportable",
  "telephonemobile",
  "telmobile",
  "telfixe",
  "telephonefixe",
  "numtel",
  "numerotelephone",
  "numerodetelephone",
  "mobilephone",
  "cellphone",
  "numsecu",
  "numsecuritesociale",
  "securitesociale",
  "numerodesecuritesociale",
  "nss",
  "numeroinsee",
  "adressepostale",
  "streetaddress",
  "rue"
])

/** Whether a field name, however a spreadsheet spells it, names a direct identifier. */
export const isDirectIdentifierField = (name: string): boolean => directIdentifierNames.has(squeeze(name))

const forbidden = personal(
  Schema.optionalKey(
    Schema.Never.annotate({ ...annotationsOf(Codes.personalDataDirectIdentifier, {}), clauses: ["a5#1"] })
  )
)

type Forbidden = { readonly [K in (typeof directIdentifierFields)[number]]: typeof forbidden }

/**
 * The struct fields that forbid every direct-identifier field, but `except`; spread them into a
 * record's fields. In JSON Schema they become properties that admit no value.
 */
export const noDirectIdentifiersExcept = <const E extends ReadonlyArray<(typeof directIdentifierFields)[number]>>(
  ...except: E
): Omit<Forbidden, E[number]> =>
  Object.fromEntries(directIdentifierFields.filter((k) => !except.includes(k)).map((k) => [k, forbidden])) as Omit<
    Forbidden,
    E[number]
  >

/** The struct fields that forbid every direct-identifier field. */
export const noDirectIdentifiers: Forbidden = noDirectIdentifiersExcept()

/**
 * The pseudonymous reference of a young person (see `PersonalData.ParticipantRef`). Letters are
 * ASCII here, unlike record ids: a reference is a token a system derives, and accented letters in
 * one are a sign that a name was typed in.
 */
export const ParticipantRef = Schema.String.check(
  pattern(/^[A-Za-z0-9][A-Za-z0-9._:-]{3,127}$/u, Codes.participantRefFormat).abort(),
  pattern(/[A-Za-z]/u, Codes.participantRefDigitsOnly)
).pipe(
  Schema.brand("ParticipantRef"),
  Schema.annotate({
    identifier: "ParticipantRef",
    description: "The pseudonymous reference of a young person: an opaque token with at least one letter.",
    label: { fr: "Référence pseudonyme du jeune", en: "Young person's pseudonymous reference" },
    clauses: ["a5#1"]
  })
)
