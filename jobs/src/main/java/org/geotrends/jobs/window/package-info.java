/** Time windows and the per-window inputs shared by the network and trends stages. */
package org.geotrends.jobs.window;
