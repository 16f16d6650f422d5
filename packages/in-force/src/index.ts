export * as Assembly from "./Assembly.js"
