/**
 * Embedding the bansao SDK in a Spring Boot application: a shared verifier bean
 * ({@link vn.bansao.springboot.BansaoConfiguration}), a REST controller over it
 * ({@link vn.bansao.springboot.CopyController}) and typed JSON errors ({@link vn.bansao.springboot.ApiErrors}).
 *
 * <pre>{@code
 * java ... vn.bansao.springboot.BansaoSpringBootExample --bansao.trust-anchors=root.pem
 * curl -F file=@ban-sao.pdf http://localhost:8080/api/verify
 * }</pre>
 */
package vn.bansao.springboot;
