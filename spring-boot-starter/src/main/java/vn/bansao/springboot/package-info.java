/**
 * The bansao Spring Boot starter: the SDK's verifier, register, signers and certification workflow as
 * auto-configured beans ({@link vn.bansao.springboot.BansaoAutoConfiguration} and the classes it names), set from
 * {@link vn.bansao.springboot.BansaoProperties} ({@code bansao.*}); Actuator health for the register, the TSA and
 * OCSP; Micrometer timers {@code bansao.certify} and {@code bansao.verify} ({@link vn.bansao.springboot.BansaoTimers}).
 *
 * <pre>{@code
 * <dependency><groupId>vn.bansao</groupId><artifactId>bansao-spring-boot-starter</artifactId></dependency>
 * // then inject CopyVerifier, CertificationRegister, CertificationWorkflow, RemoteSigning, BansaoTimers
 * }</pre>
 */
package vn.bansao.springboot;
