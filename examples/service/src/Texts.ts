// The service's words that are not diagnostics: what it says on its console.
export const notStarted = (configVariable: string): string =>
  `Le service ne démarre pas : les actes configurés sont refusés (${configVariable} ou accord-jeunes.config.json).\n` +
  `The service does not start: the configured acts are refused (${configVariable} or accord-jeunes.config.json).\n`
export const badSettings =
  "Le service ne démarre pas : des variables d'environnement ont une valeur refusée.\n" +
  "The service does not start: environment variables have a value it refuses.\n"
