/** Turning one page (HTML, text dump or JSON object) into one article. */
package org.geotrends.common.extract;
