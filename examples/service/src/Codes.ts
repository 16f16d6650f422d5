// The service's own diagnostics: problems with a request itself (its query, its body, its path),
// answered with a 4xx and a report-shaped body. What the records hold is the validation's to say.
import { Catalogue } from "@accord-jeunes/domain"

const { define, list } = Catalogue

// a number as French writes it: 1,5 s
const decimal = (n: number) => String(n).replace(".", ",")

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

export const routeMethod = define<{
  readonly method: string
  readonly path: string
  readonly allowed: ReadonlyArray<string>
}>({
  code: "route.method",
  severity: "error",
  title: { fr: "Méthode non admise sur cette route", en: "Method not allowed on this route" },
  fix: {
    fr: "Appelez la route avec la méthode qu'elle admet (en-tête Allow de la réponse) : POST pour envoyer des enregistrements.",
    en: "Call the route with the method it allows (the answer's Allow header): POST to send records."
  },
  example: "GET /v1/validate",
  message: {
    fr: ({ method, path, allowed }) => `« ${method} ${path} » : méthode non admise ; attendu ${list(allowed)}`,
    en: ({ method, path, allowed }) => `"${method} ${path}": method not allowed; expected ${list(allowed)}`
  }
})

export const queryUnknown = define<{ readonly name: string; readonly known: ReadonlyArray<string> }>({
  code: "query.unknown",
  severity: "error",
  title: { fr: "Paramètre de requête inconnu", en: "Unknown query parameter" },
  fix: {
    fr: "Retirez le paramètre ou corrigez son nom : un paramètre mal orthographié serait sinon ignoré et la réponse porterait sur autre chose que ce qui était demandé.",
    en: "Remove the parameter or correct its name: a misspelt parameter would otherwise be ignored and the answer be about something else than what was asked."
  },
  example: "POST /v1/indicators?agreementyear=2",
  message: {
    fr: ({ name, known }) => `« ${name} » : paramètre inconnu ; attendu parmi ${list(known)}`,
    en: ({ name, known }) => `"${name}": unknown parameter; expected among ${list(known)}`
  }
})

export const queryRepeated = define<{ readonly name: string }>({
  code: "query.repeated",
  severity: "error",
  title: { fr: "Paramètre de requête répété", en: "Query parameter repeated" },
  fix: {
    fr: "Donnez le paramètre une seule fois : le service ne choisit pas entre deux valeurs.",
    en: "Give the parameter once: the service does not choose between two values."
  },
  example: "POST /v1/validate?kind=action&kind=participant",
  message: {
    fr: ({ name }) => `« ${name} » : donné plusieurs fois, une seule valeur attendue`,
    en: ({ name }) => `"${name}": given several times, one value expected`
  }
})

export const queryValue = define<{ readonly name: string; readonly allowed: ReadonlyArray<string> }>({
  code: "query.value",
  severity: "error",
  title: { fr: "Valeur de paramètre non admise", en: "Parameter value not allowed" },
  fix: {
    fr: "Donnez au paramètre l'une des valeurs qu'il admet (lang=fr ou lang=en).",
    en: "Give the parameter one of the values it allows (lang=fr or lang=en)."
  },
  example: "GET /v1/agreement?lang=de",
  message: {
    fr: ({ name, allowed }) => `« ${name} » : une de ${list(allowed)} attendue`,
    en: ({ name, allowed }) => `"${name}": one of ${list(allowed)} expected`
  }
})

export const contentTypeConflicting = define<{ readonly count: number }>({
  code: "content-type.conflicting",
  severity: "error",
  title: { fr: "Types de contenu multiples", en: "Several content types" },
  fix: {
    fr: "Envoyez un seul en-tête Content-Type, avec un seul type : le service ne choisit pas comment lire le corps.",
    en: "Send one Content-Type header, with one type: the service does not choose how to read the body."
  },
  example: "POST /v1/validate with Content-Type: text/csv and Content-Type: application/json",
  message: {
    fr: ({ count }) => `${count} types de contenu donnés (Content-Type) : un seul attendu`,
    en: ({ count }) => `${count} content types given (Content-Type): one expected`
  }
})

export const contentTypeMismatch = define<{ readonly declared: string; readonly looks: string }>({
  code: "content-type.mismatch",
  severity: "error",
  title: { fr: "Corps d'un autre type que celui annoncé", en: "Body of another type than announced" },
  fix: {
    fr: "Envoyez le corps avec le Content-Type de son format réel (application/json, application/x-ndjson ou text/csv).",
    en: "Send the body with the Content-Type of its real format (application/json, application/x-ndjson or text/csv)."
  },
  example: "POST /v1/validate with Content-Type: text/csv and an NDJSON body",
  message: {
    fr: ({ declared, looks }) =>
      `Corps annoncé ${declared} mais qui a la forme de ${looks} : aucun enregistrement lu avec certitude`,
    en: ({ declared, looks }) => `Body announced as ${declared} but shaped as ${looks}: no record read with certainty`
  }
})

export const bodyCompressed = define<{ readonly encoding: string }>({
  code: "body.compressed",
  severity: "error",
  title: { fr: "Corps compressé", en: "Compressed body" },
  fix: {
    fr: "Envoyez le fichier non compressé (sans Content-Encoding) : le service ne décompresse pas, pour borner le travail d'une requête ; la limite de taille porte sur le fichier lui-même.",
    en: "Send the file uncompressed (no Content-Encoding): the service does not decompress, to bound the work of a request; the size limit applies to the file itself."
  },
  example: "POST /v1/validate with Content-Encoding: gzip",
  message: {
    fr: ({ encoding }) => `Corps compressé (${encoding}) : envoyez-le non compressé`,
    en: ({ encoding }) => `Compressed body (${encoding}): send it uncompressed`
  }
})

export const bodyCharset = define<{ readonly given: string; readonly accepted: ReadonlyArray<string> }>({
  code: "body.charset",
  severity: "error",
  title: { fr: "Jeu de caractères non pris en charge", en: "Character set not supported" },
  fix: {
    fr: "Enregistrez le fichier en UTF-8 (ou Windows-1252) et annoncez-le : Content-Type: text/csv; charset=utf-8.",
    en: "Save the file as UTF-8 (or Windows-1252) and say so: Content-Type: text/csv; charset=utf-8."
  },
  example: "POST /v1/validate with Content-Type: text/csv; charset=utf-16",
  message: {
    fr: ({ given, accepted }) => `Jeu de caractères « ${given} » non pris en charge : ${list(accepted)}`,
    en: ({ given, accepted }) => `Character set "${given}" not supported: ${list(accepted)}`
  }
})

export const serverBusy = define<{ readonly retryAfter: number }>({
  code: "server.busy",
  severity: "error",
  title: { fr: "Service saturé", en: "Service busy" },
  fix: {
    fr: "Renvoyez la requête après le délai de l'en-tête Retry-After : le service valide un nombre borné de corps à la fois et ne fait pas attendre au-delà.",
    en: "Send the request again after the delay of the Retry-After header: the service validates a bounded number of bodies at a time and keeps no one waiting beyond it."
  },
  example: "200 clients posting files at the same moment",
  message: {
    fr: ({ retryAfter }) => `Service saturé : réessayez dans ${retryAfter} s`,
    en: ({ retryAfter }) => `Service busy: try again in ${retryAfter} s`
  }
})

export const clientTooManyRequests = define<{ readonly max: number; readonly retryAfter: number }>({
  code: "client.too-many-requests",
  severity: "error",
  title: { fr: "Trop de requêtes simultanées", en: "Too many simultaneous requests" },
  fix: {
    fr: "Attendez la réponse de vos requêtes en cours avant d'en envoyer d'autres : le nombre de requêtes en cours par adresse est borné, pour que chacun soit servi.",
    en: "Wait for the answers to your requests in progress before sending more: the requests in progress per address are bounded, so that everyone is served."
  },
  example: "one address sending 100 files at once",
  message: {
    fr: ({ max, retryAfter }) => `Au plus ${max} requêtes en cours par adresse : réessayez dans ${retryAfter} s`,
    en: ({ max, retryAfter }) => `At most ${max} requests in progress per address: try again in ${retryAfter} s`
  }
})

export const bodyTimeLimit = define<{ readonly seconds: number }>({
  code: "body.time-limit",
  severity: "error",
  title: { fr: "Validation trop longue", en: "Validation took too long" },
  fix: {
    fr: "Découpez le fichier en plusieurs envois, ou validez-le avec la ligne de commande (accord-jeunes validate), qui n'a pas cette limite : renvoyer le même corps donnerait la même réponse.",
    en: "Split the file into several requests, or validate it with the command line (accord-jeunes validate), which has no such limit: sending the same body again would give the same answer."
  },
  example: "POST /v1/validate with 8 MB of records full of mistakes",
  message: {
    fr: ({ seconds }) => `Validation interrompue : plus de ${decimal(seconds)} s pour ce corps`,
    en: ({ seconds }) => `Validation stopped: more than ${seconds} s for this body`
  }
})

export const bodyMemoryLimit = define<{ readonly megabytes: number }>({
  code: "body.memory-limit",
  severity: "error",
  title: { fr: "Validation trop gourmande en mémoire", en: "Validation needed too much memory" },
  fix: {
    fr: "Découpez le fichier en plusieurs envois, ou validez-le avec la ligne de commande (accord-jeunes validate), qui lit les gros fichiers en flux.",
    en: "Split the file into several requests, or validate it with the command line (accord-jeunes validate), which streams large files."
  },
  example: "POST /v1/validate with a body whose records hold huge arrays",
  message: {
    fr: ({ megabytes }) => `Validation interrompue : plus de ${megabytes} Mo de mémoire pour ce corps`,
    en: ({ megabytes }) => `Validation stopped: more than ${megabytes} MB of memory for this body`
  }
})

export const requestTimeout = define<{ readonly seconds: number }>({
  code: "request.timeout",
  severity: "error",
  title: { fr: "Requête reçue trop lentement", en: "Request received too slowly" },
  fix: {
    fr: "Envoyez la requête entière d'un coup (en-têtes et corps) : une connexion qui traîne est coupée pour ne pas retenir le service.",
    en: "Send the whole request at once (headers and body): a connection that trickles is cut so as not to hold the service."
  },
  example: "a body sent one byte per second",
  message: {
    fr: ({ seconds }) => `Requête non reçue en entier dans les ${decimal(seconds)} s : connexion fermée`,
    en: ({ seconds }) => `Request not received in full within ${seconds} s: connection closed`
  }
})

export const requestMalformed = define({
  code: "request.malformed",
  severity: "error",
  title: { fr: "Requête HTTP mal formée", en: "Malformed HTTP request" },
  fix: {
    fr: "Envoyez une requête HTTP/1.1 valide (une seule longueur de corps, des en-têtes bien formés), avec un client HTTP plutôt qu'à la main.",
    en: "Send a valid HTTP/1.1 request (one body length, well-formed headers), with an HTTP client rather than by hand."
  },
  example: "two different Content-Length headers",
  message: { fr: () => "Requête HTTP mal formée", en: () => "Malformed HTTP request" }
})

export const requestHeadersTooLarge = define({
  code: "request.headers-too-large",
  severity: "error",
  title: { fr: "En-têtes trop volumineux", en: "Headers too large" },
  fix: {
    fr: "Réduisez les en-têtes de la requête (cookies, jetons) : le service n'en lit que 16 Ko.",
    en: "Make the request's headers smaller (cookies, tokens): the service reads 16 KB of them."
  },
  example: "a request with a 20 KB cookie",
  message: { fr: () => "En-têtes de requête trop volumineux", en: () => "Request headers too large" }
})

export const configInvalid = define<{
  readonly name: string
  readonly given: string
  readonly expected: "port" | "host" | "bytes" | "count" | "milliseconds" | "headers-within-request" | "memory-for-body"
  /** For `memory-for-body`: the least heap, in MB, for bodies of MAX_BODY_BYTES. */
  readonly minimum?: number
}>({
  code: "config.invalid",
  severity: "error",
  title: { fr: "Configuration du service refusée", en: "Service configuration refused" },
  fix: {
    fr: "Corrigez la variable d'environnement nommée, ou retirez-la pour sa valeur par défaut (README du service) : le service ne démarre pas sur une valeur qu'il ne comprend pas.",
    en: "Correct the environment variable named, or remove it for its default (the service's README): the service does not start on a value it does not understand."
  },
  example: "MAX_BODY_BYTES=abc",
  message: {
    fr: ({ name, given, expected, minimum }) =>
      `${name}=${given.slice(0, 40)} : ${
        expected === "port"
          ? "un numéro de port de 0 à 65535 attendu"
          : expected === "host"
            ? "une adresse ou un nom d'hôte attendu"
            : expected === "bytes"
              ? "un nombre entier d'octets ≥ 1 attendu"
              : expected === "count"
                ? "un nombre entier ≥ 1 attendu"
                : expected === "milliseconds"
                  ? "une durée en millisecondes, entier ≥ 1, attendue"
                  : expected === "headers-within-request"
                    ? "au plus la durée de REQUEST_TIMEOUT_MS attendue (les en-têtes font partie de la requête)"
                    : `au moins ${minimum} Mo attendus pour des corps de MAX_BODY_BYTES (JSON.parse ne s'interrompt pas : un tas trop petit arrêterait le service, pas seulement la validation)`
      }`,
    en: ({ name, given, expected, minimum }) =>
      `${name}=${given.slice(0, 40)}: ${
        expected === "port"
          ? "a port number from 0 to 65535 expected"
          : expected === "host"
            ? "an address or a host name expected"
            : expected === "bytes"
              ? "a whole number of bytes ≥ 1 expected"
              : expected === "count"
                ? "a whole number ≥ 1 expected"
                : expected === "milliseconds"
                  ? "a duration in milliseconds, a whole number ≥ 1, expected"
                  : expected === "headers-within-request"
                    ? "at most the duration of REQUEST_TIMEOUT_MS expected (headers are part of the request)"
                    : `at least ${minimum} MB expected for bodies of MAX_BODY_BYTES (JSON.parse cannot be stopped midway: too small a heap would stop the service, not only the validation)`
      }`
  }
})
