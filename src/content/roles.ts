/** The staff roles, declared with the record model; named here for the content schemas and start-up code. */
export { ROLES, type Role } from '../domain/model/roles'
