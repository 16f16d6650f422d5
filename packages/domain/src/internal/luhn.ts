/** Luhn checksum over a string of digits (used by SIREN and SIRET, INSEE). */
export const luhnValid = (digits: string): boolean => {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48
    if (i % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

/** The digit that completes `digits` into a Luhn-valid string. */
export const luhnCheckDigit = (digits: string): string => {
  for (let d = 0; d <= 9; d++) if (luhnValid(digits + d)) return String(d)
  throw new Error("unreachable: one digit always completes a Luhn sum")
}
