/**
 * Internals of the register service: the throttled checkpoint publisher (signing, witnesses), the JSON of its
 * answers and the last check that a served leaf carries no personal data. Not API.
 */
package vn.bansao.register.service.internal;
