export * as Assembly from "./Assembly.js"
export * as Codes from "./Codes.js"
