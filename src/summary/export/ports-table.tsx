import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import { FIREWALL_PORTS, FIREWALL_PORTS_HEADING } from "../../planning/firewall-ports";

/** The ports AKS on Azure Stack HCI needs open between VLANs, from the planner's own list. */
export function PortsTable() {
  return (
    // On a phone the table scrolls sideways: keyboard users must be able to reach and scroll it.
    <TableContainer tabIndex={0} role="region" aria-label={FIREWALL_PORTS_HEADING}>
      <Table size="small">
        <caption style={{ captionSide: "top", textAlign: "left", padding: "0 0 8px" }}>{FIREWALL_PORTS_HEADING}.</caption>
        <TableHead>
          <TableRow>
            <TableCell scope="col">Port</TableCell>
            <TableCell scope="col">Open to</TableCell>
            <TableCell scope="col">Service</TableCell>
            <TableCell scope="col">Purpose</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {FIREWALL_PORTS.map((port) => (
            <TableRow key={port.port}>
              <TableCell component="th" scope="row">
                {port.protocol} {port.port}
              </TableCell>
              <TableCell>{port.listensOn}</TableCell>
              <TableCell>
                {port.service} ({port.agent})
              </TableCell>
              <TableCell>{port.purpose}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
