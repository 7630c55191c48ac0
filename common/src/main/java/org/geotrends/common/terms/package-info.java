/** The words behind edges and bursts: tokens and short phrases, stop words, keyness. */
package org.geotrends.common.terms;
