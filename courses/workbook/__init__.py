"""Room workbook: answers, feedback, the workbook pages and their rendering, the answers API."""
