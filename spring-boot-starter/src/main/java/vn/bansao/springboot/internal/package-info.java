/** Internals of the starter: the bounded network probes behind the health indicators, the demo checkpoint key file. Not an API. */
package vn.bansao.springboot.internal;
