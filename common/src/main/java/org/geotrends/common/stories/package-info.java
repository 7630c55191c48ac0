/** Syndicated copies of one story: wire-credit normalisation, MinHash signatures, story links. */
package org.geotrends.common.stories;
