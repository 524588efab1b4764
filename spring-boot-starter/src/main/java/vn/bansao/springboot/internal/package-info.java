/** Internals of the starter: the bounded network probes behind the health indicators. Not an API. */
package vn.bansao.springboot.internal;
