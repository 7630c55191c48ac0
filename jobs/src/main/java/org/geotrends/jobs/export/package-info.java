/** Exports for the tools analysts already use: GEXF (Gephi, dynamic) and GraphML. */
package org.geotrends.jobs.export;
