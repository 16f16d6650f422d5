// The service's own diagnostics: problems with a request itself (its query, its body, its path),
// answered with a 4xx and a report-shaped body. What the records hold is the validation's to say.
import { Catalogue } from "@accord-jeunes/domain"

const { define, list } = Catalogue

export const queryDate = define<{ readonly name: string }>({
  code: "query.date",
  severity: "error",
  title: { fr: "Date de requête illisible", en: "Unreadable date in the request" },
  fix: {
    fr: "Donnez la date au format AAAA-MM-JJ (asOf=2025-03-12), ou omettez le paramètre pour la date du jour à Paris.",
    en: "Give the date as YYYY-MM-DD (asOf=2025-03-12), or leave the parameter out for today's date in Paris."
  },
  example: "GET /v1/agreement?asOf=12/03/2025",
  message: {
    fr: ({ name }) => `« ${name} » : une date AAAA-MM-JJ attendue`,
    en: ({ name }) => `"${name}": a date YYYY-MM-DD expected`
  }
})

export const mediaType = define<{ readonly given: string; readonly accepted: ReadonlyArray<string> }>({
  code: "body.media-type",
  severity: "error",
  title: { fr: "Type de contenu non pris en charge", en: "Content type not supported" },
  fix: {
    fr: "Envoyez le corps avec l'en-tête Content-Type qui dit son format : application/json, application/x-ndjson ou text/csv.",
    en: "Send the body with the Content-Type header that says its format: application/json, application/x-ndjson or text/csv."
  },
  example: "POST /v1/validate with Content-Type: application/xml",
  message: {
    fr: ({ given, accepted }) => `Type de contenu « ${given || "(aucun)"} » non pris en charge : ${list(accepted)}`,
    en: ({ given, accepted }) => `Content type "${given || "(none)"}" not supported: ${list(accepted)}`
  }
})

export const queryKind = define<{ readonly kinds: ReadonlyArray<string> }>({
  code: "query.kind",
  severity: "error",
  title: { fr: "Type d'enregistrement de requête inconnu", en: "Unknown record kind in the request" },
  fix: {
    fr: "Donnez à kind l'un des types d'enregistrement (action, participant…), ou omettez-le quand le fichier les dit.",
    en: "Give kind one of the record kinds (action, participant…), or leave it out when the file says them."
  },
  example: "POST /v1/validate?kind=jeune",
  message: {
    fr: ({ kinds }) => `« kind » : un de ${list(kinds)} attendu`,
    en: ({ kinds }) => `"kind": one of ${list(kinds)} expected`
  }
})

export const queryAgreementYear = define({
  code: "query.agreement-year",
  severity: "error",
  title: { fr: "Année de l'accord illisible", en: "Unreadable agreement year" },
  fix: {
    fr: "Donnez le numéro de l'année de l'accord, un entier à partir de 1 (agreementYear=2).",
    en: "Give the number of the agreement year, a whole number from 1 (agreementYear=2)."
  },
  example: "POST /v1/indicators?agreementYear=deux",
  message: {
    fr: () => "« agreementYear » : un entier ≥ 1 attendu",
    en: () => '"agreementYear": a whole number ≥ 1 expected'
  }
})

export const queryBy = define<{ readonly given: string; readonly dimensions: ReadonlyArray<string> }>({
  code: "query.by",
  severity: "error",
  title: { fr: "Ventilation inconnue", en: "Unknown breakdown" },
  fix: {
    fr: "Donnez à by une ou plusieurs ventilations séparées par des virgules (branch, region, action-type…).",
    en: "Give by one or more breakdowns separated by commas (branch, region, action-type…)."
  },
  example: "POST /v1/indicators?by=secteur",
  message: {
    fr: ({ given, dimensions }) => `« by » : « ${given} » inconnu ; attendu parmi ${list(dimensions)}`,
    en: ({ given, dimensions }) => `"by": "${given}" unknown; expected among ${list(dimensions)}`
  }
})

export const bodyTooLarge = define<{ readonly maxBytes: number }>({
  code: "body.too-large",
  severity: "error",
  title: { fr: "Corps de requête trop volumineux", en: "Request body too large" },
  fix: {
    fr: "Découpez le fichier en plusieurs envois, ou validez-le avec la ligne de commande (accord-jeunes validate), qui lit les gros fichiers en flux.",
    en: "Split the file into several requests, or validate it with the command line (accord-jeunes validate), which streams large files."
  },
  example: "POST /v1/validate with a body of 50 MB",
  message: {
    fr: ({ maxBytes }) => `Corps de requête trop volumineux : au plus ${maxBytes} octets`,
    en: ({ maxBytes }) => `Request body too large: at most ${maxBytes} bytes`
  }
})

export const bodyUnreadable = define({
  code: "body.unreadable",
  severity: "error",
  title: { fr: "Corps de requête illisible", en: "Unreadable request body" },
  fix: {
    fr: "Envoyez la requête à nouveau : la connexion a été coupée pendant l'envoi du corps.",
    en: "Send the request again: the connection was cut while the body was sent."
  },
  example: "a connection closed halfway through the body",
  message: {
    fr: () => "Corps de requête illisible (connexion interrompue ?)",
    en: () => "Request body could not be read (connection cut?)"
  }
})

export const routeUnknown = define<{
  readonly method: string
  readonly path: string
  readonly known: ReadonlyArray<string>
}>({
  code: "route.unknown",
  severity: "error",
  title: { fr: "Route inconnue", en: "Unknown route" },
  fix: {
    fr: "Appelez l'une des routes du service ; /openapi.json les décrit toutes.",
    en: "Call one of the service's routes; /openapi.json describes them all."
  },
  example: "GET /v1/valider",
  message: {
    fr: ({ method, path, known }) => `Aucune route « ${method} ${path} » : attendu l'une de ${list(known, 20)}`,
    en: ({ method, path, known }) => `No route "${method} ${path}": expected one of ${list(known, 20)}`
  }
})

export const serverError = define({
  code: "server.error",
  severity: "error",
  title: { fr: "Erreur interne du service", en: "Internal error of the service" },
  fix: {
    fr: "Le service a rencontré un défaut : signalez-le avec la requête envoyée (sans données personnelles) ; le service reste disponible.",
    en: "The service hit a bug: report it with the request sent (without personal data); the service stays up."
  },
  example: "a request that makes a handler fail",
  message: { fr: () => "Erreur interne", en: () => "Internal error" }
})
