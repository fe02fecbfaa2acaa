import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";

/** The reference doc's "Compare network models" table. */
const COMPARISON = [
  ["Kubernetes cluster API server", "Assigned statically using VIP pool", "Assigned statically using VIP pool"],
  ["Kubernetes nodes (on virtual machines)", "Assigned using Kubernetes node IP pool", "Assigned dynamically"],
  ["Kubernetes services", "Assigned statically using VIP pool", "Assigned statically using VIP pool"],
  ["HAProxy load balancer VM", "Assigned using Kubernetes node IP pool", "Assigned dynamically"],
  ["MOC cloud service", "Depends on the physical network of the HCI cluster nodes", "Depends on the physical network of the HCI cluster nodes"],
  ["VIP pool", "Mandatory", "Mandatory"],
  ["Kubernetes node VM IP pool", "Mandatory", "Not supported"],
] as const;

export function ModelComparisonTable() {
  return (
    <TableContainer>
      <Table size="small">
        <caption>IP address allocation for resources in the static IP and DHCP networking models</caption>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              Capability
            </TableCell>
            <TableCell component="th" scope="col">
              Static IP
            </TableCell>
            <TableCell component="th" scope="col">
              DHCP
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {COMPARISON.map(([capability, staticIp, dhcp]) => (
            <TableRow key={capability}>
              <TableCell component="th" scope="row">
                {capability}
              </TableCell>
              <TableCell>{staticIp}</TableCell>
              <TableCell>{dhcp}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
