/**
 * What a certified copy states: {@link vn.bansao.core.facts.CertificationFacts} (loadable from JSON with
 * {@link vn.bansao.core.facts.FactsJson}) and the statement template printed on the certification page.
 *
 * <pre>{@code
 * CertificationFacts facts = FactsJson.read(Path.of("facts.json"));
 * }</pre>
 */
package vn.bansao.core.facts;
