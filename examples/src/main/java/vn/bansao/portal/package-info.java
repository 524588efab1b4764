/**
 * The portal integration example: a small HTTP service over the bansao SDK, as a province's integrator would
 * write it. {@link vn.bansao.portal.PortalServer} starts it from a {@link vn.bansao.portal.PortalConfig}.
 *
 * <pre>{@code
 * try (PortalServer portal = PortalServer.start(PortalConfig.builder().port(8080).build())) {
 *     portal.awaitStop();
 * }
 * }</pre>
 *
 * <p>Where things happen: {@code internal.endpoints} holds one class per API area, each a few SDK calls
 * (certify: register → build → sign; remote signing: prepare/complete; verify; register lookups);
 * {@code internal.http} is the transport (routing, bounded uploads, typed JSON errors, the static page);
 * {@code internal.render} turns a copy's pages into previews. The page itself is in the resources under
 * {@code vn/bansao/portal/web/}.
 */
package vn.bansao.portal;
