/**
 * The portal's web plumbing on Spring MVC: bounded uploads ({@link vn.bansao.portal.internal.web.Uploads}), the
 * one error shape ({@link vn.bansao.portal.internal.web.ApiErrors}, {@link vn.bansao.portal.internal.web.ApiException}),
 * the JSON dialect ({@link vn.bansao.portal.internal.web.PortalJson}) and the security headers. Not an API.
 */
package vn.bansao.portal.internal.web;
