export * as Template from "./Template.js"
export { write } from "./write.js"
