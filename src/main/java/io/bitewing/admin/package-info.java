/** Organisations and their API tokens: who may call the service, and as which organisation and role. */
package io.bitewing.admin;
