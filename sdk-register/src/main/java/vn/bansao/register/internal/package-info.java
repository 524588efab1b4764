/** Implementation of the register; not API. */
package vn.bansao.register.internal;
