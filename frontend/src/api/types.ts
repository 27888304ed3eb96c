/**
 * Types for the FinCoach HTTP API, taken from the backend's OpenAPI document.
 *
 * src/api/schema.d.ts is generated: `npm run openapi:dump` (writes openapi.json from
 * app.openapi(), no server needed) then `npm run gen:api`. Name the schemas the app
 * uses here, so a contract change shows up as a type error where it matters.
 */
import type { components } from './schema'

type Schemas = components['schemas']

/** The one JSON shape of every error response: {"error": {code, message, details}}. */
export type ErrorResponse = Schemas['ErrorResponse']

export type UserPublic = Schemas['UserPublic']
export type TokenPair = Schemas['TokenPair']
export type MessageResponse = Schemas['Message']
export type RegisterRequest = Schemas['RegisterRequest']
export type VerifyOtpRequest = Schemas['VerifyOtpRequest']
export type UserUpdate = Schemas['UserUpdateMe']
export type PasswordChange = Schemas['PasswordChange']

/**
 * GET /health (untyped in the OpenAPI document): 200 when everything is up, 503 with
 * the same body when PostgreSQL or Redis is not.
 */
export interface Health {
  status: 'ok' | 'unavailable' | 'degraded' | (string & {})
  database: string
  redis: string
}
