/** Where the register is stored: the {@link vn.bansao.register.spi.RegisterStore} interface and its row type. */
package vn.bansao.register.spi;
