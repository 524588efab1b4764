/**
 * The bansao portal, a Spring Boot application on {@code bansao-spring-boot-starter}: the REST API
 * ({@code /api/...}), the Vietnamese verification page ({@code /xac-minh}) and Actuator. {@link
 * vn.bansao.portal.PortalApplication} is the application, {@link vn.bansao.portal.PortalCommand} the
 * {@code ./bansao portal} command that starts it, {@link vn.bansao.portal.PortalProperties} its own settings
 * ({@code bansao.portal.*}; the SDK's are the starter's {@code bansao.*}).
 *
 * <pre>{@code
 * ./bansao portal --demo-pki
 * java -jar portal/target/bansao-portal.jar --db so-chung-thuc --trust root.pem
 * }</pre>
 *
 * <p>Where things happen: {@code internal.endpoints} holds one controller per API area, each a few SDK calls
 * (certify: register → build → sign; remote signing: prepare/complete; verify; register lookups; the page);
 * {@code internal.web} is the plumbing (bounded uploads, the one error shape, the JSON dialect, headers);
 * {@code internal.render} turns a copy's pages into previews. The page itself is in the resources under
 * {@code vn/bansao/portal/web/}.
 */
package vn.bansao.portal;
